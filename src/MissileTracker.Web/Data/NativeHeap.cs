using System.Runtime.InteropServices;

namespace MissileTracker.Web.Data;

/// <summary>
/// Hands the C heap's free memory back to the operating system. SQLite allocates its page caches and statements with
/// <c>malloc</c>, from whichever thread pool thread runs the read; glibc keeps what is freed in per-thread arenas. After
/// the 1M-strike GeoJSON rendering, measured with <c>malloc_trim(0)</c> from a debugger: 11 MB of the process's anonymous
/// memory was such free memory (docs/performance.md, "Issue 18, fourth pass").
/// </summary>
internal static class NativeHeap
{
    /// <summary>Trims glibc's heaps; does nothing on other C libraries or systems.</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): nothing to hand back this way.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
