package org.plenary.core.people.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** A country by its ISO 3166-1 alpha-2 code. Reference data, loaded by a migration. */
@Entity
@Table(name = "country")
@Cacheable
public class Country implements Serializable {
  @Id private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 2)
  private String code;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "oecd_member", nullable = false)
  private boolean oecdMember;

  protected Country() {}

  public String getCode() {
    return code;
  }

  /** The name in the given language (French, else English). */
  public String name(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
  }

  public String getName() {
    return nameEn;
  }

  public boolean isOecdMember() {
    return oecdMember;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Country other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
