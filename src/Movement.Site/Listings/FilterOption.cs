namespace Movement.Site.Listings;

/// <summary>One choice of a listing filter, with how many items it has and where it leads.</summary>
public sealed record FilterOption(string Id, string Title, int Count, string Url);
