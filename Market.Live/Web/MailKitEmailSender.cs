using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using MimeKit;

namespace Market.Live.Web;

/// <summary>Sends Identity's emails (confirmation links) through MailKit to the configured SMTP server.</summary>
internal sealed class MailKitEmailSender(SmtpOptions options, Microsoft.Extensions.Logging.ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = subject;
        message.Body = new TextPart("html") { Text = htmlMessage };
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Host, options.Port, options.Tls ? SecureSocketOptions.Auto : SecureSocketOptions.None);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "");
        }
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
        logger.LogInformation("Sent '{Subject}' to {Email} through {Host}:{Port}", subject, email, options.Host, options.Port);
    }
}
