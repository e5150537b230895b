namespace Movement.Site.Search;

/// <summary>
/// Words and phrases that mean the same to a visitor (site.yml's <c>search_synonyms</c>), each already cut into
/// search words: a query word equal to a one-word alternative also finds the pages of every other alternative
/// (a phrase's pages are those with all of its words).
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<IReadOnlyList<string>> Alternatives);
