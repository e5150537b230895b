namespace Movement.Site.Languages;

/// <summary>One language's version of a page: the hreflang alternates, the language toggle and the sitemap name these.</summary>
public sealed record Translation(string Lang, string Url);
