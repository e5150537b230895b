namespace Movement.Site.Rendering;

/// <summary>A &lt;link rel="alternate"&gt; in a page's head: a feed, or the page's oEmbed answer.</summary>
public sealed record AlternateLink(string MediaType, string Href, string Title);
