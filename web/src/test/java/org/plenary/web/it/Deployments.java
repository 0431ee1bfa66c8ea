package org.plenary.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive every integration test deploys: the real plenary.war that the build produced. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive plenary() {
    File war = new File(System.getProperty("plenary.it.war", "target/plenary.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
