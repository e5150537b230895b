namespace Movement.Site.Listings;

/// <summary>One listing page: its address, title and description, and the model the theme renders.</summary>
public sealed record ListingPage(string Url, string Title, string Description, object Model);
