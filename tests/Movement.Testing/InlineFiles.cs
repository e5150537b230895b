namespace Movement.Testing;

/// <summary>
/// Parses a whole small site written as one string, Hugo-style: each file starts with a line
/// <c>-- path --</c> and runs to the next such line. A leading "input/" is dropped from paths.
/// </summary>
public static class InlineFiles
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                Flush();
                current = trimmed[3..^3].Trim();
                if (current.StartsWith("input/", StringComparison.Ordinal))
                {
                    current = current["input/".Length..];
                }

                continue;
            }

            lines.Add(line);
        }

        Flush();
        return files;

        void Flush()
        {
            if (current is not null)
            {
                files[current] = string.Join('\n', lines).Trim('\n') + "\n";
            }

            lines.Clear();
        }
    }
}
