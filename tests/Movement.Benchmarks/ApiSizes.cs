using System.Globalization;

namespace Movement.Benchmarks;

/// <summary>The size of a built site's content API: how many documents, how large in all, and the largest one.</summary>
public static class ApiSizes
{
    public static string Of(string site)
    {
        var api = Path.Combine(site, "api", "v1");
        if (!Directory.Exists(api))
        {
            return "No content API in the output.";
        }

        var files = Directory.EnumerateFiles(api, "*.json", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var largest = files.MaxBy(f => f.Length)!;
        return string.Create(CultureInfo.InvariantCulture,
            $"Content API: {files.Count:N0} documents, {files.Sum(f => f.Length) / 1048576.0:0.0} MB in all, the largest {Path.GetRelativePath(site, largest.FullName)} at {largest.Length / 1024.0:0.0} KB");
    }
}
