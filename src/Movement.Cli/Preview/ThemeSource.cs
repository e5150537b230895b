namespace Movement.Cli.Preview;

/// <summary>Finds the theme's static files in a source checkout (the folder with Movement.sln), for the preview to read and watch.</summary>
public static class ThemeSource
{
    /// <returns>The theme/wwwroot folder above the first of these folders that is inside a checkout, or null.</returns>
    public static string? FindAssets(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var assets = Path.Combine(folder.FullName, "theme", "wwwroot");
                if (File.Exists(Path.Combine(folder.FullName, "Movement.sln")) && Directory.Exists(assets))
                {
                    return assets;
                }
            }
        }

        return null;
    }
}
