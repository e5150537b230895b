using System.Text;

namespace Movement.Benchmarks;

/// <summary>
/// The corpus of the best-known generator comparison: N Markdown files, each a title in front matter and
/// three paragraphs of filler text. The same files (same words, same seed) are written for Movement
/// (<c>pages/post-N.md</c> and a minimal site.yml) and for Hugo (<c>content/posts/post-N.md</c>, a config
/// and a single-page and a list template equivalent to a plain page and a plain list).
/// </summary>
public sealed class StandardCorpus(int count, int seed = 4000)
{
    private static readonly string[] Filler = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor " +
        "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi " +
        "aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur").Split(' ');

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
        """;

    private const string List = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
        """;

    private const string Document = """
        {{ dict "type" "page" "title" .Title "url" .Permalink "html" .Content "text" .Plain | jsonify }}
        """;

    private const string Record = """
        {{ dict "url" .RelPermalink "title" .Title "type" "page" "text" .Plain | jsonify }}
        """;

    public void WriteMovementSite(string root)
    {
        Write(root, "site.yml", "title: Standard corpus\nbase_url: https://corpus.example.org\n");
        foreach (var (name, text) in Posts())
        {
            Write(root, $"pages/{name}", text);
        }
    }

    /// <param name="sameFiles">
    /// Also write, for every page, the two files Movement writes beside it: a JSON document with its HTML and text
    /// (Movement's content API) and a search result record (Movement's search index). Hugo then creates as many
    /// files as Movement does; without, about a third as many.
    /// </param>
    public void WriteHugoSite(string root, bool sameFiles)
    {
        var config = "baseURL = \"https://corpus.example.org/\"\ntitle = \"Standard corpus\"\n";
        if (sameFiles)
        {
            config += "[outputFormats.record]\nmediaType = \"application/json\"\nbaseName = \"record\"\nisPlainText = true\n" +
                "[outputs]\npage = [\"html\", \"json\", \"record\"]\n";
            Write(root, "layouts/_default/single.json", Document + "\n");
            Write(root, "layouts/_default/single.record.json", Record + "\n");
        }

        Write(root, "hugo.toml", config);
        Write(root, "layouts/_default/single.html", Page + "\n");
        Write(root, "layouts/_default/list.html", List + "\n");
        foreach (var (name, text) in Posts())
        {
            Write(root, $"content/posts/{name}", text);
        }
    }

    private IEnumerable<(string Name, string Text)> Posts()
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder($"---\ntitle: Post number {i}\n---\n");
            for (var p = 0; p < 3; p++)
            {
                var words = Enumerable.Range(0, 40 + random.Next(40)).Select(_ => Filler[random.Next(Filler.Length)]).ToArray();
                words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
                text.Append('\n').Append(string.Join(' ', words)).Append(".\n");
            }

            yield return ($"post-{i}.md", text.ToString());
        }
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
