using System.Globalization;
using System.Text;

namespace Movement.Benchmarks;

/// <summary>
/// Writes a site of N items of every content type, from a fixed seed, so that runs are comparable: about
/// a third briefs, a third news, a quarter members, the rest pages, weeks and resources.
/// </summary>
/// <remarks>
/// With a vocabulary size, text is drawn from the campaign words plus that many made-up words, by a Zipf
/// distribution (the word of rank r is about 1/r as common as the most common), as in real prose: a search
/// index over a handful of words that every page contains would measure nothing useful.
/// </remarks>
public sealed class SiteGenerator(int items, int seed = 1001, int vocabulary = 0)
{
    private static readonly string[] Words = ("baby babies parent parents infant relationship relationships care caring early " +
        "years health visiting family families support local national policy invest investment workforce mental wellbeing " +
        "emotional development brain growth nurturing responsive service services team teams evidence decision makers " +
        "government strategy prevention commissioning midwife nursery hub hubs community").Split(' ');

    private static readonly string[] Nations = ["england", "scotland", "wales", "northern-ireland", "uk-wide"];
    private static readonly string[] Topics = ["workforce", "investment", "local-action", "evidence"];

    private readonly Lexicon _lexicon = new(Words, vocabulary, seed);

    public void WriteTo(string root)
    {
        var random = new Random(seed);
        Write(root, "site.yml", """
            title: Generated Movement
            base_url: https://generated.example.org
            navigation:
              - title: Briefs
                url: /briefs/
            topics:
              - id: workforce
                title: Workforce
              - id: investment
                title: Investment
              - id: local-action
                title: Local action
              - id: evidence
                title: Evidence
            """);

        var briefs = items * 30 / 100;
        var news = items * 35 / 100;
        var members = items * 25 / 100;
        var weeks = Math.Max(1, items / 100);
        var resources = weeks * 4;
        var pages = Math.Max(1, items - briefs - news - members - weeks - resources);

        for (var i = 0; i < briefs; i++)
        {
            var asks = string.Concat(Enumerable.Range(1, 3).Select(n => $"  - title: {Sentence(random, 5)}\n    detail: {Sentence(random, 20)}\n"));
            Write(root, $"briefs/brief-{i:0000}.md",
                $"---\ntitle: {Sentence(random, 6)}\nsummary: {Sentence(random, 18)}\ndate: {Date(random)}\n" +
                $"topics: [{Pick(random, Topics)}]\nnations: [{Pick(random, Nations)}]\nasks:\n{asks}---\n{Body(random, 5)}");
        }

        for (var i = 0; i < news; i++)
        {
            Write(root, $"news/news-{i:0000}.md",
                $"---\ntitle: {Sentence(random, 8)}\nsummary: {Sentence(random, 15)}\ndate: {Date(random)}\nnations: [{Pick(random, Nations)}]\n---\n{Body(random, 3)}");
        }

        for (var i = 0; i < members; i++)
        {
            Write(root, $"members/member-{i:0000}.yml",
                $"name: Organisation {i:0000}\ntype: charity\nnations: [{Pick(random, Nations)}]\ndescription: {Sentence(random, 20)}\n");
        }

        for (var w = 0; w < weeks; w++)
        {
            var year = 2000 + w;
            Write(root, $"awareness-week/{year}/index.md",
                $"---\ntitle: Awareness week {year}\ntheme: {Sentence(random, 4)}\nsummary: {Sentence(random, 12)}\nstart: {year}-06-09\nend: {year}-06-15\n---\n{Body(random, 2)}");
            for (var r = 0; r < 4; r++)
            {
                Write(root, $"awareness-week/{year}/resources/resource-{r}.md",
                    $"---\ntitle: Resource {r}\nkind: toolkit\nsummary: {Sentence(random, 10)}\nfile: resource-{r}.txt\n---\n{Body(random, 1)}");
                Write(root, $"awareness-week/{year}/resources/resource-{r}.txt", Sentence(random, 40));
            }
        }

        for (var i = 0; i < pages; i++)
        {
            Write(root, $"pages/page-{i:0000}.md", $"---\ntitle: {Sentence(random, 4)}\nsummary: {Sentence(random, 12)}\n---\n{Body(random, 4)}");
        }
    }

    private string Body(Random random, int sections)
    {
        var body = new StringBuilder();
        for (var s = 0; s < sections; s++)
        {
            body.Append("## ").Append(Sentence(random, 4)).Append("\n\n");
            for (var p = 0; p < 3; p++)
            {
                body.Append(Sentence(random, 60)).Append("\n\n");
            }
        }

        return body.ToString();
    }

    private string Sentence(Random random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => _lexicon.Next(random)));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Date(Random random) =>
        new DateOnly(2015, 1, 1).AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\n            ", "\n"));
    }
}
