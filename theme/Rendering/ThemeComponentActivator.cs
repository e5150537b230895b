using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace Movement.Theme.Rendering;

/// <summary>
/// Makes the theme's components with their constructor without parameters, as none of them takes a service in its
/// constructor (services come as properties, which the renderer sets itself).
/// </summary>
/// <remarks>
/// The framework's own activator builds a factory per component with ActivatorUtilities, whose first use looks up
/// a delegate's method by reflection: in the native program that lookup built a map of every method, 1.5% of a
/// one-page build, before the first page could render.
/// </remarks>
internal sealed class ThemeComponentActivator : IComponentActivator
{
    public IComponent CreateInstance([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType) =>
        Activator.CreateInstance(componentType) as IComponent
            ?? throw new ArgumentException($"{componentType.FullName} is not a component.", nameof(componentType));
}
