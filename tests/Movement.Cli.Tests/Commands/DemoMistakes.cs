using System.Text.RegularExpressions;

namespace Movement.Cli.Tests.Commands;

/// <summary>Ten different mistakes a member of staff could make, each made in a copy of the demo input.</summary>
public sealed class DemoMistakes(string input)
{
    /// <summary>Makes the mistakes and returns, for each, the file and the code it must be reported with.</summary>
    public IReadOnlyList<string> MakeTen() =>
    [
        Edit("briefs/five-calls.md", @"^summary: .*\n", "", "MV0101"),
        Edit("news/evidence-brief-series.md", @"^date: ", "\tdate: ", "MV0001"),
        Edit("news/imhaw-2023-bonding-before-birth.md", @"^date: 2023-06-12", "date: 2023-02-31", "MV0104"),
        Edit("members/oxpip.yml", @"^nations: \[england\]", "nations: [englund]", "MV0103"),
        Edit("pages/privacy.md", @"\z", "\nRead our [cookie policy](/cookie-policy/).\n", "MV0302"),
        Edit("awareness-week/2025/resources/poster.md", @"^alt: .*\n", "", "MV0203"),
        Edit("briefs/manifesto-for-babies.md", @"manifesto-for-babies\.pdf", "manifesto-for-babys.pdf", "MV0201"),
        Edit("news/parent-infant-conference-2020.md", @"^title: ", "slug: fifty-one-parent-infant-teams\ntitle: ", "MV0301"),
        Edit("members.csv", @"\z", "Bump Club,community-service,wales,,,,Meets weekly, in Rhyl.,\n", "MV0502"),
        Edit("awareness-week/2024/index.md", @"^end: 2024-06-16", "end: 2024-06-01", "MV0108"),
    ];

    private string Edit(string path, string pattern, string replacement, string code)
    {
        var full = Path.Combine(input, path);
        var text = File.ReadAllText(full);
        var changed = Regex.Replace(text, pattern, replacement, RegexOptions.Multiline);
        if (changed == text)
        {
            throw new InvalidOperationException($"The demo content changed: '{pattern}' no longer matches in {path}.");
        }

        File.WriteAllText(full, changed);
        return $"{path} {code}";
    }
}
