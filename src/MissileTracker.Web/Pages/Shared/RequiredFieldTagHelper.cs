using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MissileTracker.Web.Pages.Shared;

/// <summary>
/// Marks every form field whose input property carries <see cref="RequiredAttribute"/>: a visible
/// star beside its label (hidden from screen readers, which hear <c>aria-required</c> on the field
/// instead). Declared once here, so a form cannot forget it and the mark follows the attribute.
/// </summary>
[HtmlTargetElement("label", Attributes = ForAttribute)]
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class RequiredFieldTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    // After the built-in tag helpers, so their output is what is marked.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!For.Metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any()
            || output.Attributes["type"]?.Value?.ToString() is "hidden" or "checkbox")
        {
            return;
        }

        if (output.TagName == "label")
        {
            // Beside the label, not inside it: the label's text stays the field's name, for people and tools alike.
            output.PostElement.AppendHtml("<span class=\"required-mark\" aria-hidden=\"true\">*</span>");
        }
        else
        {
            output.Attributes.SetAttribute("aria-required", "true");
        }
    }
}
