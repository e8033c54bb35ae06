package org.pathways.district.entity;

import java.util.ArrayList;
import java.util.List;

/** The whole list of a district's managers, by email: {@code {emails: [...]}}. */
public class ManagersRequest {

  public List<String> emails = new ArrayList<>();
}
