namespace Movement.Site.Search;

/// <summary>
/// One page cut into index terms: each distinct term in order of first use, its count per field and its word
/// positions, and each field's length in words.
/// </summary>
/// <remarks>
/// Held in a few flat arrays rather than an object or array per term: the index keeps every page's terms until
/// it has written them all, and at 100,000 member pages an array per term (2.3 million of them) was the index's
/// largest cost in memory.
/// </remarks>
/// <param name="positions">Every term's positions, term after term.</param>
/// <param name="starts">Where each term's positions start in <paramref name="positions"/>, with the end of the last one after them.</param>
public sealed class AnalysedDocument(string[] terms, ushort[] frequencies, int[] positions, int[] starts, int[] fieldLengths)
{
    public static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    /// <summary>The page's distinct terms, in order of first use.</summary>
    public IReadOnlyList<string> Terms => terms;

    public int[] FieldLengths => fieldLengths;

    /// <summary>How often term number <paramref name="term"/> stands in each field, by <see cref="SearchField"/>.</summary>
    public ReadOnlySpan<ushort> FrequenciesOf(int term) => frequencies.AsSpan(term * FieldCount, FieldCount);

    /// <summary>The word positions of term number <paramref name="term"/>, in order.</summary>
    public ReadOnlySpan<int> PositionsOf(int term) => positions.AsSpan(starts[term], starts[term + 1] - starts[term]);
}
