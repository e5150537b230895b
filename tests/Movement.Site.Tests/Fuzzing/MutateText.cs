using System.Text;

namespace Movement.Site.Tests.Fuzzing;

/// <summary>
/// Makes the small mistakes a hurried person makes in a file, chosen by a seeded random source so every
/// run makes the same ones: characters and lines deleted, inserted or duplicated, indentation changed,
/// tabs, quotes, colons, odd Unicode and NUL bytes typed in, the file cut short.
/// </summary>
public sealed class MutateText(Random random)
{
    private static readonly string[] Characters =
    [
        "\t", "\"", "'", ":", ": ", "#", "-", "- ", "[", "]", "{", "}", "|", ">", "&", "*", "!", "%", "@", "`",
        "\0", "\r", "\n", "\\", "/", "..", "<", "é", "ŵ", "\u00a0", "\u200b", "\u202e", "\ufeff", "👶", "\ud800",
    ];

    private static readonly string[] Lines =
    [
        "title: Another", "summary:", "date: 2025-02-31", "date: 31/02/2025", "slug: ../../x", "slug: Our Asks!",
        "topics: [workforse]", "nations: englund", "  - nested", "asks:", "  - title: A\n    detail: D", "---",
        "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>", "[missing](/nowhere/)",
        "[section](#nowhere)", "![](/files/none.png)", "![alt](data:text/html,x)", "aliases: [/../x/]", "status: draft",
        "downloads:\n  - file: ../../../etc/passwd\n    label: L", "related: [nope]", "date: 2099-01-01", "? complex key", "&anchor value", "*alias",
        "!!binary aGVsbG8=", "key: !custom tag", "<!-- unclosed comment", "```", "| a | b |\n|---|", "[^1]", "<div>", "</details>",
    ];

    public string Apply(string text)
    {
        var steps = random.Next(1, 4);
        for (var i = 0; i < steps; i++)
        {
            text = Once(text);
        }

        return text;
    }

    private string Once(string text)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var at = text.Length == 0 ? 0 : random.Next(text.Length);
        switch (random.Next(11))
        {
            case 0:
                return text.Length == 0 ? text : text.Remove(at, 1);
            case 1:
                return text.Insert(at, Pick(Characters));
            case 2:
                return text.Length == 0 ? text : text.Insert(at, text[at].ToString());
            case 3:
                lines.RemoveAt(line);
                break;
            case 4:
                lines.Insert(line, lines[line]);
                break;
            case 5:
                lines.Insert(line, Pick(Lines));
                break;
            case 6:
                lines[line] = random.Next(3) switch { 0 => "  " + lines[line], 1 => "\t" + lines[line], _ => lines[line].TrimStart() };
                break;
            case 7:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 8:
                return text[..at];
            case 9:
                var colon = lines[line].IndexOf(':');
                lines[line] = colon < 0 ? lines[line] + ":" : lines[line][..(colon + 1)] + " " + Pick(Characters) + lines[line][(colon + 1)..];
                break;
            default:
                lines[line] = new StringBuilder(lines[line]).Append(Pick(Characters)).Append(Pick(Characters)).ToString();
                break;
        }

        return string.Join('\n', lines);
    }

    private string Pick(string[] from) => from[random.Next(from.Length)];
}
