using Microsoft.Playwright;

namespace MissileTracker.BrowserTests;

/// <summary>Collects what the browser reports as errors (script errors, CSP refusals, failed loads).</summary>
public sealed class BrowserErrors
{
    private readonly List<string> _errors = [];

    public static BrowserErrors Watch(IPage page)
    {
        var errors = new BrowserErrors();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors._errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors._errors.Add(error);
        return errors;
    }

    public IReadOnlyList<string> All => _errors;
}
