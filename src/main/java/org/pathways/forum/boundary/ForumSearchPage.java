package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;

/** forum/search.xhtml?q=: the posts that match, in the spaces the caller reads. */
@Named
@RequestScoped
public class ForumSearchPage {

  @Inject ForumSearch search;
  @Inject Spaces spaces;
  @Inject CurrentCaller current;

  private List<ForumSearch.Hit> hits;

  public List<ForumSearch.Hit> getHits() {
    if (hits == null) {
      try {
        hits =
            search
                .search(current.get(), getQuery(), PageRequest.of(ForumParams.page(), null))
                .items();
      } catch (Refusal refusal) {
        Pages.refused(null, refusal);
        hits = List.of();
      }
    }
    return hits;
  }

  public String spaceTitle(String key) {
    return spaces.find(key).map(Space::title).orElse(key);
  }

  public String getQuery() {
    return Pages.param("q");
  }
}
