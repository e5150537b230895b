namespace Movement.Cli.Preview;

/// <summary>Files editors write beside the one being saved; a change to them alone changes nothing in the site.</summary>
public static class EditorFiles
{
    private static readonly string[] Suffixes = ["~", ".swp", ".swx", ".swo", ".tmp", "___jb_tmp___", "___jb_old___"];

    public static bool IsScratch(string relativePath)
    {
        var name = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return name == "4913" // vim's test of whether it may write in the folder
            || name.StartsWith(".#", StringComparison.Ordinal)
            || Suffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal))
            || relativePath.Split('/').Any(segment => segment.StartsWith('.')); // hidden files are never read as input
    }
}
