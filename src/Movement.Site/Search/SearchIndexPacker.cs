using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Movement.Core.Caching;

namespace Movement.Site.Search;

/// <summary>
/// Splits an index into files a browser fetches only as a query needs them:
/// <list type="bullet">
/// <item>search/manifest.HASH.json: where each term chunk starts, the filters and their combinations;</item>
/// <item>search/t/HASH.json: a chunk of consecutive terms (in ordinal order) with their postings:
/// for each page, the gap from the previous page number, the score and the filter combination;</item>
/// <item>search/p/HASH.json: the same terms' word positions, fetched only for quoted phrases (a chunk's
/// two files share one name, the hash of both contents);</item>
/// <item>search/v/HASH.json: the words pages use that start with one letter, with how many pages have each, fetched
/// only to correct a query word that matched nothing;</item>
/// <item>search/r/HASH/N.json: page N's result record (URL, title, type, date, text for the excerpt). The
/// folder is named by the hash of all records, so each file's name still changes with its content.</item>
/// </list>
/// Every name carries its content's hash, so all of it can be cached forever; only the search page,
/// which names the manifest, must be revalidated.
/// </summary>
/// <param name="positions">Writes each of a page's terms' positions, by term number; the preview passes one that remembers them, since they change only with the page.</param>
/// <param name="record">Writes a page's result record; the preview passes one that remembers them.</param>
/// <param name="recordHash">Names a record by its content; the preview passes one that remembers the name of each record it kept.</param>
/// <param name="packed">The last build's positions files by language and first term, to reuse those whose pieces are unchanged; the preview passes them, with <paramref name="positions"/>.</param>
public sealed class SearchIndexPacker(
    int chunkBytes = SearchIndexPacker.DefaultChunkBytes,
    Func<AnalysedDocument, byte[][]>? positions = null,
    Func<SearchDocument, byte[]>? record = null,
    Func<byte[], string>? recordHash = null,
    Memo<(string Lang, string From), PackedPositions>? packed = null)
{
    /// <summary>
    /// About the uncompressed size a term chunk grows to before the next one starts (a term's postings are
    /// never split). Smaller chunks mean less to fetch per term but a longer manifest, which every query
    /// fetches; measured on the 10,000-page benchmark, this size gave the fewest bytes per query.
    /// </summary>
    public const int DefaultChunkBytes = 48 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = Movement.Site.Json.SiteJson.Encoder };

    public SearchIndexFiles Write(SearchIndex index)
    {
        var files = new List<(string Path, byte[] Content)>();
        var chunks = new List<(string From, string Name)>();
        var pieces = Chunk(index).ToList();
        var written = new (byte[] Terms, byte[] Positions, string Name)[pieces.Count];
        var fragments = positions is null ? null : new byte[index.Pages.Count][][]; // Each page's, looked up once rather than once a posting.
        Parallel.For(0, pieces.Count, c => // Chunks are independent; the list keeps their order.
        {
            var terms = Json(w => WriteTerms(w, pieces[c], index));
            var positions = Positions(pieces[c], index, fragments);
            written[c] = (terms, positions, ContentHash.Of(terms, positions)); // One name for the pair keeps the manifest small.
        });
        for (var c = 0; c < pieces.Count; c++)
        {
            files.Add(($"search/t/{written[c].Name}.json", written[c].Terms));
            files.Add(($"search/p/{written[c].Name}.json", written[c].Positions));
            chunks.Add((pieces[c][0].Key, written[c].Name));
        }

        var vocabulary = new List<(string Letter, string Name)>();
        foreach (var letter in index.Vocabulary.GroupBy(w => FirstLetter(w.Word)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var words = Json(w =>
            {
                w.WriteStartObject();
                foreach (var word in letter)
                {
                    w.WriteNumber(word.Word, word.Pages);
                }

                w.WriteEndObject();
            });
            var name = ContentHash.Of(words);
            files.Add(($"search/v/{name}.json", words));
            vocabulary.Add((letter.Key, name));
        }

        var writeRecord = record ?? RecordOf;
        var hashRecord = recordHash ?? (r => ContentHash.Of(r));
        var records = new byte[index.Documents.Count][];
        var hashes = new string[records.Length];
        Parallel.For(0, records.Length, d => // A record and its hash a page, on every core.
        {
            records[d] = writeRecord(index.Documents[d]);
            hashes[d] = hashRecord(records[d]);
        });
        var recordsName = ContentHash.Of(Encoding.UTF8.GetBytes(string.Join("\n", hashes)));
        files.AddRange(records.Select((r, i) => ($"search/r/{recordsName}/{i}.json", r)));

        var manifest = Json(w => WriteManifest(w, index, chunks, vocabulary, recordsName));
        var manifestPath = $"search/manifest.{ContentHash.Of(manifest)}.json";
        files.Add((manifestPath, manifest));
        return new SearchIndexFiles("/" + manifestPath, files);
    }

    private IEnumerable<List<KeyValuePair<string, IReadOnlyList<Posting>>>> Chunk(SearchIndex index)
    {
        var chunk = new List<KeyValuePair<string, IReadOnlyList<Posting>>>();
        var size = 0;
        foreach (var term in index.Terms)
        {
            var termSize = term.Key.Length + 8 + (term.Value.Count * 12); // About what the term's JSON takes.
            if (chunk.Count > 0 && size + termSize > chunkBytes)
            {
                yield return chunk;
                chunk = [];
                size = 0;
            }

            chunk.Add(term);
            size += termSize;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>Each term's postings as one flat array: per page, the gap from the previous page number, then what <paramref name="entry"/> writes.</summary>
    private static void WritePostings(Utf8JsonWriter writer, List<KeyValuePair<string, IReadOnlyList<Posting>>> chunk, Action<Posting> entry)
    {
        writer.WriteStartObject();
        foreach (var (term, postings) in chunk)
        {
            writer.WriteStartArray(term);
            var previous = 0;
            foreach (var posting in postings)
            {
                writer.WriteNumberValue(posting.Document - previous);
                entry(posting);
                previous = posting.Document;
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteTerms(Utf8JsonWriter writer, List<KeyValuePair<string, IReadOnlyList<Posting>>> chunk, SearchIndex index) =>
        WritePostings(writer, chunk, posting =>
        {
            writer.WriteNumberValue(posting.Score);
            writer.WriteNumberValue(index.DocumentCombos[posting.Document]);
            writer.WriteNumberValue(posting.Title);
        });

    /// <summary>
    /// Word positions, in the same flat arrays as the postings: per page, the gap from the previous page number,
    /// how many positions, then each as the gap from the one before. Written by hand rather than through
    /// Utf8JsonWriter because they are most of the index's numbers, and a page's part never changes while the
    /// page does not, so it can be kept.
    /// </summary>
    /// <param name="pages">Each page's pieces by page number, filled as they are first needed; null when nobody remembers them.</param>
    private byte[] Positions(List<KeyValuePair<string, IReadOnlyList<Posting>>> chunk, SearchIndex index, byte[][][]? pages)
    {
        var key = (index.Lang, chunk[0].Key);
        // Chunks are packed in parallel: two may look a page up at once, and both get the same kept pieces.
        byte[][] PiecesOf(int page) => pages![page] ??= positions!(index.Pages[page]);
        if (pages is not null && packed is not null && packed.TryGet(key, out var last) && last.Matches(chunk, PiecesOf))
        {
            return last.Content; // After an edit, most chunks hold only unchanged pages' positions.
        }

        // Each posting's positions as a piece of its own only when someone remembers the pieces (the preview);
        // a single build writes them straight into the chunk.
        var fragments = pages is null ? null : new byte[chunk.Sum(t => t.Value.Count)][];
        var size = 2;
        var f = 0;
        foreach (var (term, postings) in chunk)
        {
            size += (term.Length * 6) + 5; // At most six bytes a character once escaped, the quotes, colon, brackets and comma.
            foreach (var posting in postings)
            {
                if (fragments is not null)
                {
                    fragments[f] = PiecesOf(posting.Document)[posting.Term];
                    size += fragments[f++].Length + 12;
                }
                else
                {
                    size += (4 * (index.PositionsOf(posting).Length + 1)) + 12;
                }
            }
        }

        // Positions are most of the index's bytes: sized once, the buffer is not copied as it grows.
        var buffer = new ArrayBufferWriter<byte>(size);
        f = 0;
        Byte(buffer, (byte)'{');
        for (var t = 0; t < chunk.Count; t++)
        {
            var (term, postings) = chunk[t];
            if (t > 0)
            {
                Byte(buffer, (byte)',');
            }

            Byte(buffer, (byte)'"');
            buffer.Write(JsonEncodedText.Encode(term, Movement.Site.Json.SiteJson.Encoder).EncodedUtf8Bytes);
            Byte(buffer, (byte)'"');
            Byte(buffer, (byte)':');
            Byte(buffer, (byte)'[');
            var previous = 0;
            for (var p = 0; p < postings.Count; p++)
            {
                if (p > 0)
                {
                    Byte(buffer, (byte)',');
                }

                Number(buffer, postings[p].Document - previous);
                if (fragments is not null)
                {
                    buffer.Write(fragments[f++]);
                }
                else
                {
                    WritePositions(buffer, index.PositionsOf(postings[p]));
                }

                previous = postings[p].Document;
            }

            Byte(buffer, (byte)']');
        }

        Byte(buffer, (byte)'}');
        var content = buffer.WrittenSpan.ToArray();
        if (fragments is not null)
        {
            packed?.Set(key, PackedPositions.Of(chunk, fragments, content));
        }

        return content;
    }

    /// <summary>Each of a page's terms' positions as JSON numbers, each after a comma: how many, then the gaps.</summary>
    public static byte[][] PositionsOf(AnalysedDocument page)
    {
        var fragments = new byte[page.Terms.Count][];
        for (var t = 0; t < fragments.Length; t++)
        {
            var buffer = new ArrayBufferWriter<byte>(4 * (page.PositionsOf(t).Length + 1));
            WritePositions(buffer, page.PositionsOf(t));
            fragments[t] = buffer.WrittenSpan.ToArray();
        }

        return fragments;
    }

    private static void WritePositions(ArrayBufferWriter<byte> buffer, ReadOnlySpan<int> positions)
    {
        Byte(buffer, (byte)',');
        Number(buffer, positions.Length);
        var last = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            Byte(buffer, (byte)',');
            Number(buffer, positions[i] - last);
            last = positions[i];
        }
    }

    private static void Byte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private static void Number(ArrayBufferWriter<byte> buffer, int value)
    {
        Utf8Formatter.TryFormat(value, buffer.GetSpan(11), out var written);
        buffer.Advance(written);
    }

    /// <summary>A page's result record: its URL, title, type, date, language and the text excerpts are cut from.</summary>
    public static byte[] RecordOf(SearchDocument document) => Json(w => WriteRecord(w, document));

    private static void WriteRecord(Utf8JsonWriter writer, SearchDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("url", document.Url);
        writer.WriteString("title", document.Title);
        writer.WriteString("type", document.Kind);
        if (document.Date is { } date)
        {
            writer.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteString("lang", document.Lang);
        writer.WriteString("text", document.ExcerptText);
        writer.WriteEndObject();
    }

    private static void WriteManifest(
        Utf8JsonWriter writer, SearchIndex index, List<(string From, string Name)> chunks, List<(string Letter, string Name)> vocabulary, string records)
    {
        var ranking = index.Ranking;
        writer.WriteStartObject();
        writer.WriteNumber("version", 2);
        writer.WriteNumber("documents", index.Documents.Count);
        writer.WriteNumber("prefixDivisor", ranking.PrefixDivisor);
        writer.WriteNumber("maxPrefixTerms", ranking.MaxPrefixTerms);
        writer.WriteNumber("minPrefixLength", ranking.MinPrefixLength);
        writer.WriteNumber("synonymDivisor", ranking.SynonymDivisor);
        writer.WriteNumber("typoDivisor", ranking.TypoDivisor);
        writer.WriteNumber("typoMinLength", ranking.TypoMinLength);
        writer.WriteNumber("typoTwoEditsLength", ranking.TypoTwoEditsLength);
        writer.WriteNumber("titleAllBoost", ranking.TitleAllBoost);
        writer.WriteNumber("titlePhraseBoost", ranking.TitlePhraseBoost);
        writer.WriteNumber("exactTitleBoost", ranking.ExactTitleBoost);
        writer.WriteStartObject("typeWeights");
        foreach (var (type, weight) in ranking.TypeWeights.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(type, weight);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("stopWords");
        foreach (var word in StopWords.All)
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("synonyms");
        foreach (var group in index.Synonyms)
        {
            writer.WriteStartArray();
            foreach (var alternative in group.Alternatives)
            {
                writer.WriteStartArray();
                foreach (var word in alternative)
                {
                    writer.WriteStringValue(word);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("vocabulary");
        foreach (var (letter, name) in vocabulary)
        {
            writer.WriteString(letter, name);
        }

        writer.WriteEndObject();
        writer.WriteString("records", $"r/{records}/");
        writer.WriteStartArray("chunks");
        foreach (var (from, name) in chunks)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(from);
            writer.WriteStringValue(name);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("facets");
        WriteFacet(writer, "type", index.Facets.Types);
        WriteFacet(writer, "nation", index.Facets.Nations);
        WriteFacet(writer, "topic", index.Facets.Topics);
        writer.WriteEndObject();
        writer.WriteStartArray("combos");
        foreach (var combo in index.Combos)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(combo.Type);
            WriteNumbers(writer, combo.Nations);
            WriteNumbers(writer, combo.Topics);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFacet(Utf8JsonWriter writer, string name, IReadOnlyList<FacetValue> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.Id);
            writer.WriteStringValue(value.Label);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, IReadOnlyList<int> numbers)
    {
        writer.WriteStartArray();
        foreach (var number in numbers)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A word's first letter as a string: the key of its vocabulary file (a whole code point, never half of one).</summary>
    public static string FirstLetter(string word) =>
        word.Length > 1 && char.IsHighSurrogate(word[0]) ? word[..2] : word[..1];
}
