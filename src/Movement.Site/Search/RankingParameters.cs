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

    /// <summary>A word found only through a synonym counts this fraction: divided by it.</summary>
    public int SynonymDivisor { get; init; } = 2;

    /// <summary>A word found only after correcting a typo counts this fraction: divided by it.</summary>
    public int TypoDivisor { get; init; } = 2;

    /// <summary>Words of at least this many letters are corrected when nothing has them, by one edit.</summary>
    public int TypoMinLength { get; init; } = 4;

    /// <summary>Words of at least this many letters may be corrected by two edits.</summary>
    public int TypoTwoEditsLength { get; init; } = 8;

    /// <summary>Added when every word of the query is in the page's title.</summary>
    public int TitleAllBoost { get; init; } = 300;

    /// <summary>Added when two or more query words stand in the title in the query's order, next to each other.</summary>
    public int TitlePhraseBoost { get; init; } = 500;

    /// <summary>Added when the query is the page's whole title (stop words aside).</summary>
    public int ExactTitleBoost { get; init; } = 1500;

    /// <summary>A content type's score as a percentage, from each type's <see cref="Content.ContentType.SearchWeight"/>. Types not listed count in full.</summary>
    public IReadOnlyDictionary<string, int> TypeWeights { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The default parameters with the types' own weights.</summary>
    public static RankingParameters For(Content.ContentTypes types) => Default with
    {
        TypeWeights = types.All.Where(t => t.SearchWeight != 100).ToDictionary(t => t.Name, t => t.SearchWeight, StringComparer.Ordinal),
    };

    public int TypeWeightOf(string type) => TypeWeights.GetValueOrDefault(type, 100);

    public double WeightOf(SearchField field) => field switch
    {
        SearchField.Title => TitleWeight,
        SearchField.Headings => HeadingWeight,
        SearchField.Summary => SummaryWeight,
        SearchField.Details => DetailWeight,
        _ => BodyWeight,
    };
}
