package org.pathways.district.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a district contact sends to ask to partner (the API body and the page's form alike). A class
 * with public fields, as the other request bodies; {@code control/InquiryCheck} says what is wrong
 * with it, field by field.
 */
public class InquiryRequest {

  public String district;
  public String state;
  public String contactName;
  public String contactEmail;
  public String contactRole;
  public List<String> gradeBands = new ArrayList<>();
  public Integer teachers;
  public String message;
}
