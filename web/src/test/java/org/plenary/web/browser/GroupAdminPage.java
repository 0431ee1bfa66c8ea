package org.plenary.web.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The secretariat's working groups: the list with its creation form, and a group's members. */
public final class GroupAdminPage extends PlenaryPage {
  static final String LIST = "secretariat/groups/list.xhtml";

  /** A member as the members table shows them. */
  public record Member(String name, String username, String role) {}

  private GroupAdminPage(WebDriver driver, URI base) {
    super(driver, base);
  }

  public static GroupAdminPage list(WebDriver driver, URI base) {
    PlenaryPage.visit(driver, base, LIST);
    GroupAdminPage page = new GroupAdminPage(driver, base);
    page.await().until(ExpectedConditions.presenceOfElementLocated(By.id("createForm")));
    return page;
  }

  /**
   * Chooses a kind above the list of groups (its words) and types words into the name column's
   * filter; waits until the list shows exactly these names.
   */
  public GroupAdminPage filter(String kindLabel, String text, List<String> expected) {
    new Select(driver.findElement(By.id("groupsForm:kindFilter"))).selectByVisibleText(kindLabel);
    awaitAjax();
    typeFilter(By.id("groupsForm:groups:name"), text);
    await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector(".group-name")).stream()
                    .map(WebElement::getText)
                    .toList()
                    .equals(expected));
    return this;
  }

  /** Fills the creation form and waits for the new group's members page. */
  public GroupAdminPage create(String slug, String name, String kindLabel) {
    type(By.id("createForm:slug"), slug);
    type(By.id("createForm:name"), name);
    new Select(driver.findElement(By.id("createForm:kind"))).selectByVisibleText(kindLabel);
    driver.findElement(By.id("createForm:create")).click();
    await().until(ExpectedConditions.urlContains("secretariat/groups/edit.xhtml?group=" + slug));
    await().until(ExpectedConditions.presenceOfElementLocated(By.id("addForm")));
    return this;
  }

  public GroupAdminPage add(String username, String roleLabel) {
    type(By.id("addForm:username"), username);
    new Select(driver.findElement(By.id("addForm:role"))).selectByVisibleText(roleLabel);
    driver.findElement(By.id("addForm:add")).click();
    awaitAjax();
    await().until(d -> members().stream().anyMatch(m -> m.username().equals(username)));
    return this;
  }

  public GroupAdminPage changeRole(String username, String roleLabel) {
    WebElement row = row(username);
    new Select(row.findElement(By.cssSelector("select"))).selectByVisibleText(roleLabel);
    row(username).findElement(By.cssSelector("button[id$='changeRole']")).click();
    awaitAjax();
    await()
        .until(
            d ->
                members().stream()
                    .anyMatch(m -> m.username().equals(username) && m.role().equals(roleLabel)));
    return this;
  }

  public GroupAdminPage remove(String username) {
    row(username).findElement(By.cssSelector("button[id$='remove']")).click();
    awaitAjax();
    await().until(d -> members().stream().noneMatch(m -> m.username().equals(username)));
    return this;
  }

  public List<Member> members() {
    return driver.findElements(By.cssSelector("#members tbody tr")).stream()
        .map(
            row -> {
              List<WebElement> cells = row.findElements(By.tagName("td"));
              String role =
                  new Select(cells.get(3).findElement(By.tagName("select")))
                      .getFirstSelectedOption()
                      .getText();
              return new Member(cells.get(0).getText(), cells.get(1).getText(), role);
            })
        .toList();
  }

  public String status() {
    return driver.findElement(By.id("membersForm:membersMessages")).getText();
  }

  private WebElement row(String username) {
    return driver.findElement(By.cssSelector("#members tr[data-username='" + username + "']"));
  }

  private void type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(text);
  }
}
