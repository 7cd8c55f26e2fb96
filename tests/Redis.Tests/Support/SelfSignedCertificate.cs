using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;

namespace StudyGraph.Redis.Tests.Support;

/// <summary>A throw-away self-signed certificate for localhost / 127.0.0.1, made with openssl into a temporary directory.</summary>
public sealed class SelfSignedCertificate : IDisposable
{
    private SelfSignedCertificate(string dir)
    {
        Dir = dir;
        Certificate = X509Certificate2.CreateFromPem(File.ReadAllText(CertFile));
    }

    public string Dir { get; }

    public string CertFile => Path.Combine(Dir, "cert.pem");

    public string KeyFile => Path.Combine(Dir, "key.pem");

    public X509Certificate2 Certificate { get; }

    public static SelfSignedCertificate Create()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sg-tls-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var psi = new ProcessStartInfo("openssl") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[]
        {
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", Path.Combine(dir, "key.pem"), "-out", Path.Combine(dir, "cert.pem"),
        }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        try
        {
            if (p.ExitCode != 0) throw new InvalidOperationException("openssl failed: " + stderr.Result);
            return new SelfSignedCertificate(dir);
        }
        catch
        {
            Directory.Delete(dir, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        Certificate.Dispose();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
