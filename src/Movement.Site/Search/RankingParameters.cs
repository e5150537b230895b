namespace Movement.Site.Search;

/// <summary>
/// How matches are weighed. Scores are BM25 over weighted fields, worked out at build time and stored as
/// whole numbers, so the browser only adds them up and ranks exactly as the C# engine does.
/// </summary>
public sealed record RankingParameters
{
    public static RankingParameters Default { get; } = new();

    /// <summary>Term-frequency saturation: how quickly more occurrences stop adding weight.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>Length normalisation: how much a long field is discounted.</summary>
    public double B { get; init; } = 0.75;

    public double TitleWeight { get; init; } = 6;

    public double HeadingWeight { get; init; } = 3;

    public double SummaryWeight { get; init; } = 2;

    /// <summary>Member type, region and nations: short, deliberate fields.</summary>
    public double DetailWeight { get; init; } = 2;

    public double BodyWeight { get; init; } = 1;

    /// <summary>Scores are multiplied by this and rounded to store whole numbers.</summary>
    public int ScoreScale { get; init; } = 100;

    /// <summary>A word matched only as the prefix of a longer term (while typing) counts this fraction: divided by it.</summary>
    public int PrefixDivisor { get; init; } = 2;

    /// <summary>At most this many index terms are tried for a typed prefix, the first in term order.</summary>
    public int MaxPrefixTerms { get; init; } = 40;

    /// <summary>Prefixes shorter than this are not expanded: "b" would fetch most of the index.</summary>
    public int MinPrefixLength { get; init; } = 3;

    public double WeightOf(SearchField field) => field switch
    {
        SearchField.Title => TitleWeight,
        SearchField.Headings => HeadingWeight,
        SearchField.Summary => SummaryWeight,
        SearchField.Details => DetailWeight,
        _ => BodyWeight,
    };
}
