namespace Movement.Site.Feeds;

/// <summary>One feed file: its format ("rss", "atom", "json"), media type and site address.</summary>
public sealed record FeedLink(string Title, string Format, string MediaType, string Url);
