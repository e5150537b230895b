namespace Movement.Testing;

/// <summary>Finds the repository (the folder with Movement.sln) from a test's output folder, for tests of the demo site.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Movement.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Movement.sln not found above " + AppContext.BaseDirectory);
    }

    public static string DemoInput => Path.Combine(Find(), "input");
}
