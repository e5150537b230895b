namespace Movement.Site.Search;

/// <summary>
/// One chunk's positions file as the last build wrote it, with what it was written from: its terms, each posting's
/// page and each posting's piece. The preview keeps them so that a chunk none of whose pieces changed is not
/// written again (after an edit, most chunks hold only unchanged pages' positions).
/// </summary>
public sealed record PackedPositions(string[] Terms, int[] Pages, byte[][] Pieces, byte[] Content)
{
    /// <summary>Whether the chunk would be written from the same terms, pages and pieces (kept ones the same arrays, others equal bytes).</summary>
    /// <param name="piecesOf">A page's pieces by its number.</param>
    public bool Matches(List<KeyValuePair<string, IReadOnlyList<Posting>>> chunk, Func<int, byte[][]> piecesOf)
    {
        if (chunk.Count != Terms.Length)
        {
            return false;
        }

        var p = 0;
        for (var t = 0; t < chunk.Count; t++)
        {
            if (!string.Equals(chunk[t].Key, Terms[t], StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var posting in chunk[t].Value)
            {
                if (p == Pages.Length || posting.Document != Pages[p])
                {
                    return false;
                }

                var piece = piecesOf(posting.Document)[posting.Term];
                if (!ReferenceEquals(piece, Pieces[p]) && !piece.AsSpan().SequenceEqual(Pieces[p]))
                {
                    return false;
                }

                p++;
            }
        }

        return p == Pages.Length;
    }

    public static PackedPositions Of(List<KeyValuePair<string, IReadOnlyList<Posting>>> chunk, byte[][] pieces, byte[] content) =>
        new([.. chunk.Select(t => t.Key)], [.. chunk.SelectMany(t => t.Value.Select(p => p.Document))], pieces, content);
}
