namespace Movement.Site.Listings;

/// <summary>The page Netlify serves for an address with no page.</summary>
public sealed record NotFoundPage;
