package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Where a meeting takes place: the venue's name, its street address lines and its city. */
@Embeddable
public class Venue {
  private static final String LINE_BREAK = "\n";

  @Column(name = "venue_name", nullable = false, length = 200)
  private String name;

  /** The address lines, one per line of text. */
  @Column(name = "venue_address", length = 500)
  private String address;

  @Column(name = "venue_city", nullable = false, length = 100)
  private String city;

  protected Venue() {}

  /**
   * An equal venue that is a separate object, for another meeting (see {@link AgendaRole#copy}).
   */
  public Venue copy() {
    return new Venue(name, getAddressLines(), city);
  }

  public Venue(String name, List<String> addressLines, String city) {
    this.name = atMost(required(name, "venue name"), 200, "venue name");
    List<String> lines =
        addressLines == null
            ? List.of()
            : addressLines.stream()
                .filter(line -> line != null && !line.isBlank())
                .map(String::strip)
                .toList();
    this.address =
        lines.isEmpty() ? null : atMost(String.join(LINE_BREAK, lines), 500, "venue address");
    this.city = atMost(required(city, "city"), 100, "city");
  }

  public String getName() {
    return name;
  }

  public List<String> getAddressLines() {
    return address == null ? List.of() : List.of(address.split(LINE_BREAK));
  }

  public String getCity() {
    return city;
  }

  /**
   * The address lines and then the city unless the last line names it already ("1000 Brussels"):
   * the venue as a postal address, each line once.
   */
  public List<String> getPostalLines() {
    List<String> lines = new ArrayList<>(getAddressLines());
    if (lines.isEmpty() || !lines.get(lines.size() - 1).contains(city)) {
      lines.add(city);
    }
    return List.copyOf(lines);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Venue other
        && name.equals(other.name)
        && Objects.equals(address, other.address)
        && city.equals(other.city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, address, city);
  }

  @Override
  public String toString() {
    return name + ", " + city;
  }
}
