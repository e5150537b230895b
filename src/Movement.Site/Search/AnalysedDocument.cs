namespace Movement.Site.Search;

/// <summary>One page cut into index terms: each distinct term with its count per field and its word positions, and each field's length in words.</summary>
public sealed record AnalysedDocument(IReadOnlyList<TermOccurrence> Terms, int[] FieldLengths);
