namespace Movement.Site.Listings;

/// <summary>A letter of the directory's A–Z, with the address of its first member (null when no member starts with it).</summary>
public sealed record LetterLink(string Letter, string? Url);
