using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(Movement.Cli.Preview.CodeUpdates))]

namespace Movement.Cli.Preview;

/// <summary>
/// Hears hot reload: when `dotnet watch` applies an edit of the theme's components to the running preview, the
/// pages must be rendered again with the new code (nothing in input/ changed, so the watcher saw nothing).
/// </summary>
public static class CodeUpdates
{
    /// <summary>
    /// Raised after the runtime applied a code edit. The runtime calls a static method and has no other way to
    /// reach a running preview, hence this one static event.
    /// </summary>
    public static event Action? Applied;

    /// <summary>Called by the runtime (by this name) after each hot reload.</summary>
    public static void UpdateApplication(Type[]? updatedTypes) => Applied?.Invoke();
}
