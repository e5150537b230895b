namespace Movement.Site.Search;

/// <summary>
/// One page cut into index terms: each distinct term in order of first use, its count per field and its word
/// positions, and each field's length in words.
/// </summary>
/// <remarks>
/// Held in a few arrays rather than objects per term: the index keeps every page's terms until it has
/// scored them all, and at 100,000 member pages an object per term was the build's largest cost in memory.
/// </remarks>
public sealed class AnalysedDocument(string[] terms, ushort[] frequencies, int[][] positions, int[] fieldLengths)
{
    public static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    /// <summary>The page's distinct terms, in order of first use.</summary>
    public IReadOnlyList<string> Terms => terms;

    public int[] FieldLengths => fieldLengths;

    /// <summary>How often term number <paramref name="term"/> stands in each field, by <see cref="SearchField"/>.</summary>
    public ReadOnlySpan<ushort> FrequenciesOf(int term) => frequencies.AsSpan(term * FieldCount, FieldCount);

    /// <summary>The word positions of term number <paramref name="term"/>, in order.</summary>
    /// <remarks>The index's postings share these arrays: the preview knows an unchanged page's positions by the array.</remarks>
    public int[] PositionsOf(int term) => positions[term];
}
