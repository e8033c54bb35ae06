package org.pathways.district.boundary;

import java.util.ArrayList;
import java.util.List;
import org.pathways.district.entity.InquiryRequest;

/**
 * The "Partner with us" form's fields, as Faces binds them (properties), and the request they make.
 */
public class InquiryForm {

  private String district;
  private String state;
  private String contactName;
  private String contactEmail;
  private String contactRole;
  private List<String> gradeBands = new ArrayList<>();
  private Integer teachers;
  private String message;

  /** The inquiry these fields make, for {@code Partnerships.submit}. */
  public InquiryRequest request() {
    InquiryRequest request = new InquiryRequest();
    request.district = district;
    request.state = state;
    request.contactName = contactName;
    request.contactEmail = contactEmail;
    request.contactRole = contactRole;
    request.gradeBands = gradeBands;
    request.teachers = teachers;
    request.message = message;
    return request;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactRole() {
    return contactRole;
  }

  public void setContactRole(String contactRole) {
    this.contactRole = contactRole;
  }

  public List<String> getGradeBands() {
    return gradeBands;
  }

  public void setGradeBands(List<String> gradeBands) {
    this.gradeBands = gradeBands;
  }

  public Integer getTeachers() {
    return teachers;
  }

  public void setTeachers(Integer teachers) {
    this.teachers = teachers;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
