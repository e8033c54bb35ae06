package org.pathways.xapi.control;

import java.util.UUID;

/**
 * The public address of each page a statement names as its activity: the boundary answers from each
 * feature's own links and the platform's public address; tests answer with fixed ones.
 */
public interface Addresses {

  String course(String slug);

  String module(String course, String module);

  String step(String course, String step);

  String workshop(UUID workshop);
}
