using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Movement.Theme.Rendering;

/// <summary>
/// Finds the component that shows a page's model, by the theme's one convention: a component in
/// <c>Movement.Theme.Pages</c> takes the model as a parameter named <see cref="ModelParameter"/>, and that
/// parameter's type is the model it shows. A new content type's page is one new component; nothing lists it.
/// </summary>
public sealed class PageComponents
{
    public const string ModelParameter = "Model";

    private const string PagesNamespace = "Movement.Theme.Pages";

    private readonly FrozenDictionary<Type, Type> _byModel;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Movement.Theme is a TrimmerRootAssembly of the native program: every component and its parameters are kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Movement.Theme is a TrimmerRootAssembly of the native program: every component and its parameters are kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Movement.Theme is a TrimmerRootAssembly of the native program: every component and its parameters are kept.")]
    public PageComponents(Assembly theme)
    {
        var byModel = new Dictionary<Type, Type>();
        foreach (var component in theme.GetTypes().Where(t => t.Namespace == PagesNamespace && typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract))
        {
            if (component.GetProperty(ModelParameter, BindingFlags.Public | BindingFlags.Instance) is not { } model || model.GetCustomAttribute<ParameterAttribute>() is null)
            {
                continue;
            }

            if (!byModel.TryAdd(model.PropertyType, component))
            {
                throw new InvalidOperationException($"Two theme pages show {model.PropertyType.Name}: {byModel[model.PropertyType].Name} and {component.Name}. Keep one.");
            }
        }

        _byModel = byModel.ToFrozenDictionary();
    }

    /// <summary>The theme's own pages, found once.</summary>
    public static PageComponents Theme { get; } = new(typeof(PageComponents).Assembly);

    /// <summary>Renders the model's page, its model passed as <see cref="ModelParameter"/>.</summary>
    public RenderFragment Render(object model) => builder =>
    {
        builder.OpenComponent(0, For(model));
        builder.AddComponentParameter(1, ModelParameter, model);
        builder.CloseComponent();
    };

    /// <summary>The page component for a model, or a failure that says what to add.</summary>
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    [UnconditionalSuppressMessage("Trimming", "IL2068", Justification = "Movement.Theme is a TrimmerRootAssembly of the native program: every component and its parameters are kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2073", Justification = "Movement.Theme is a TrimmerRootAssembly of the native program: every component and its parameters are kept.")]
    public Type For(object model) =>
        _byModel.TryGetValue(model.GetType(), out var component)
            ? component
            : throw new InvalidOperationException(
                $"The theme has no page for {model.GetType().Name}: add a component to theme/Pages with '[Parameter] public {model.GetType().Name} {ModelParameter} {{ get; set; }}'.");
}
