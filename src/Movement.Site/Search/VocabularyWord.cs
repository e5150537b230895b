namespace Movement.Site.Search;

/// <summary>A word as pages write it, and on how many pages its term stands: what typos are corrected to.</summary>
public readonly record struct VocabularyWord(string Word, int Pages);
