using System.Text.Json;
using Movement.Site.Search;
using Movement.Testing;

namespace Movement.Site.Tests.Search;

/// <summary>
/// Reads a built site's index files back into a <see cref="SearchIndex"/>, so the C# engine is tested
/// over exactly the files a browser downloads.
/// </summary>
public static class IndexFiles
{
    /// <param name="lang">Each language has its own index; its search page names its manifest.</param>
    public static SearchIndex Read(BuiltSite site, string lang = "en")
    {
        var page = site.Html(lang == "en" ? "search/index.html" : $"{lang}/search/index.html");
        var manifestPath = page.QuerySelector("[data-search-manifest]")!.GetAttribute("data-search-manifest")!.TrimStart('/');
        using var manifest = JsonDocument.Parse(site.Text(manifestPath));
        var root = manifest.RootElement;

        var facets = new SearchFacets(Facet(root, "type"), Facet(root, "nation"), Facet(root, "topic"));
        var combos = root.GetProperty("combos").EnumerateArray()
            .Select(c => new FacetCombo(c[0].GetInt32(), Numbers(c[1]), Numbers(c[2])))
            .ToList();
        var recordsFolder = "search/" + root.GetProperty("records").GetString();
        var count = root.GetProperty("documents").GetInt32();
        var documents = Enumerable.Range(0, count).Select(i => Record(site.Text($"{recordsFolder}{i}.json"))).ToList();

        var terms = new List<KeyValuePair<string, IReadOnlyList<Posting>>>();
        var documentCombos = new int[count];
        var pages = Enumerable.Range(0, count).Select(_ => new List<(string Term, IReadOnlyList<int> Positions)>()).ToList();
        foreach (var chunk in root.GetProperty("chunks").EnumerateArray())
        {
            using var termsFile = JsonDocument.Parse(site.Text($"search/t/{chunk[1].GetString()}.json"));
            using var positionsFile = JsonDocument.Parse(site.Text($"search/p/{chunk[1].GetString()}.json"));
            foreach (var term in termsFile.RootElement.EnumerateObject())
            {
                var values = Numbers(term.Value);
                var positions = Numbers(positionsFile.RootElement.GetProperty(term.Name));
                var postings = new List<Posting>();
                var document = 0;
                var p = 0;
                var positionDocument = 0;
                for (var i = 0; i < values.Count; i += 4)
                {
                    document += values[i];
                    documentCombos[document] = values[i + 2];
                    positionDocument += positions[p];
                    Assert.Equal(document, positionDocument);
                    var n = positions[p + 1];
                    var list = new List<int>();
                    var at = 0;
                    for (var k = 0; k < n; k++)
                    {
                        at += positions[p + 2 + k];
                        list.Add(at);
                    }

                    p += 2 + n;
                    postings.Add(new Posting(document, values[i + 1], values[i + 3], pages[document].Count));
                    pages[document].Add((term.Name, list));
                }

                terms.Add(new(term.Name, postings));
            }
        }

        var ranking = RankingParameters.Default with
        {
            PrefixDivisor = root.GetProperty("prefixDivisor").GetInt32(),
            MaxPrefixTerms = root.GetProperty("maxPrefixTerms").GetInt32(),
            MinPrefixLength = root.GetProperty("minPrefixLength").GetInt32(),
            SynonymDivisor = root.GetProperty("synonymDivisor").GetInt32(),
            TypoDivisor = root.GetProperty("typoDivisor").GetInt32(),
            TypoMinLength = root.GetProperty("typoMinLength").GetInt32(),
            TypoTwoEditsLength = root.GetProperty("typoTwoEditsLength").GetInt32(),
            TitleAllBoost = root.GetProperty("titleAllBoost").GetInt32(),
            TitlePhraseBoost = root.GetProperty("titlePhraseBoost").GetInt32(),
            ExactTitleBoost = root.GetProperty("exactTitleBoost").GetInt32(),
            TypeWeights = root.GetProperty("typeWeights").EnumerateObject().ToDictionary(w => w.Name, w => w.Value.GetInt32(), StringComparer.Ordinal),
        };
        Assert.Equal(StopWords.All, root.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()!));
        var synonyms = root.GetProperty("synonyms").EnumerateArray()
            .Select(g => new SynonymGroup(g.EnumerateArray().Select(a => (IReadOnlyList<string>)a.EnumerateArray().Select(w => w.GetString()!).ToList()).ToList()))
            .ToList();
        var vocabulary = root.GetProperty("vocabulary").EnumerateObject()
            .SelectMany(letter =>
            {
                using var file = JsonDocument.Parse(site.Text($"search/v/{letter.Value.GetString()}.json"));
                return file.RootElement.EnumerateObject().Select(w => new VocabularyWord(w.Name, w.Value.GetInt32())).ToList();
            })
            .OrderBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
        return new SearchIndex(documents, terms, facets, combos, documentCombos, ranking)
        {
            Synonyms = synonyms, Vocabulary = vocabulary, Lang = lang, Pages = [.. pages.Select(PageOf)],
        };
    }

    /// <summary>A page known only by its terms' positions, as the files give them: the counts a score came from are not there.</summary>
    private static AnalysedDocument PageOf(List<(string Term, IReadOnlyList<int> Positions)> terms)
    {
        var starts = new int[terms.Count + 1];
        for (var t = 0; t < terms.Count; t++)
        {
            starts[t + 1] = starts[t] + terms[t].Positions.Count;
        }

        return new AnalysedDocument(
            [.. terms.Select(t => t.Term)], new ushort[terms.Count * AnalysedDocument.FieldCount], [.. terms.SelectMany(t => t.Positions)], starts, new int[AnalysedDocument.FieldCount]);
    }

    private static SearchDocument Record(string json)
    {
        using var record = JsonDocument.Parse(json);
        var r = record.RootElement;
        return new SearchDocument
        {
            Url = r.GetProperty("url").GetString()!,
            Title = r.GetProperty("title").GetString()!,
            Kind = r.GetProperty("type").GetString()!,
            Date = r.TryGetProperty("date", out var date) ? DateOnly.Parse(date.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null,
            Lang = r.GetProperty("lang").GetString()!,
            ExcerptText = r.GetProperty("text").GetString()!,
        };
    }

    private static List<FacetValue> Facet(JsonElement root, string name) =>
        root.GetProperty("facets").GetProperty(name).EnumerateArray().Select(v => new FacetValue(v[0].GetString()!, v[1].GetString()!)).ToList();

    private static List<int> Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToList();
}
