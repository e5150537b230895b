using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Movement.Benchmarks;

/// <summary>
/// Builds the demo site with a generated <c>members.csv</c> of N rows (every member gets a page, a search
/// entry and an API record) in a cold process, and prints its wall time and peak memory: the large
/// spreadsheet case of a coalition importing its whole mailing list.
/// </summary>
public sealed class MembersBenchmark(Func<string, string, (string Program, string[] Arguments)> movement, string work, string demo)
{
    private static readonly string[] Types = ["charity", "nhs-trust", "local-authority", "professional-body", "community-service", "research"];
    private static readonly string[] Nations = ["england", "scotland", "wales", "northern-ireland", "uk-wide", "england;wales"];

    public void Run(int members)
    {
        ColdRun.Require("/usr/bin/time", "time");
        var input = Path.Combine(work, $"members-{members}");
        CopyFolder(demo, input);
        WriteCsv(Path.Combine(input, "members.csv"), members);
        var (program, arguments) = movement(input, Path.Combine(work, $"members-{members}-site"));
        var result = ColdRun.Start(program, arguments);
        Console.WriteLine(result.Output.TrimEnd());
        var inner = Regex.Match(result.Output, @" in (\d+) ms").Groups[1].Value;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Demo site with {members:N0} CSV members: {result.WallMilliseconds:0} ms wall ({inner} ms inside the build), peak RSS {result.PeakMegabytes:0} MB"));
        Console.WriteLine(ApiSizes.Of(Path.Combine(work, $"members-{members}-site")));
    }

    /// <summary>Adds rows to the demo's spreadsheet (its own members are linked from its news), the same every time: the row number decides every cell.</summary>
    public static void WriteCsv(string path, int members)
    {
        using var writer = new StreamWriter(path, append: true, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        for (var row = 1; row <= members; row++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"Generated Member Organisation {row:D6},{Types[row % Types.Length]},{Nations[row % Nations.Length]},Region {row % 97},,," +
                $"\"A generated organisation, number {row}, that supports babies and their families in the first 1001 days.\",2021-{row % 12 + 1:D2}-{row % 28 + 1:D2}\n"));
        }
    }

    private static void CopyFolder(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
