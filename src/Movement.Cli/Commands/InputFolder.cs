namespace Movement.Cli.Commands;

/// <summary>Refuses folder choices that would lose work: a missing input, or an output that is (or holds) the input.</summary>
public static class InputFolder
{
    public static string? Problem(string input, string? output)
    {
        if (!Directory.Exists(input))
        {
            return $"error: the input folder '{input}' does not exist.\n  hint: run this from the folder that holds 'input/', or give --input PATH.";
        }

        if (output is null)
        {
            return null;
        }

        var inputFull = Path.GetFullPath(input).TrimEnd('/') + "/";
        var outputFull = Path.GetFullPath(output).TrimEnd('/') + "/";
        if (inputFull.StartsWith(outputFull, StringComparison.Ordinal) || outputFull.StartsWith(inputFull, StringComparison.Ordinal))
        {
            return $"error: the output folder '{output}' overlaps the input folder '{input}'.\n  hint: the output folder is replaced on every build; choose a separate one such as _site.";
        }

        return Path.GetPathRoot(outputFull) == outputFull
            ? $"error: '{output}' is a root folder and cannot be the output.\n  hint: choose a folder such as _site."
            : null;
    }
}
