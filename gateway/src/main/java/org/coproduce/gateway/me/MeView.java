package org.coproduce.gateway.me;

import java.util.List;

/** Who is signed in, for the web app: enough to choose the home page and navigation. */
public record MeView(String username, String name, List<String> roles, String personId) {}
