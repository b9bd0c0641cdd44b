package com.osb.salesops.shared.notification;

import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.documents.GeneratedDocument;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * An HTML mail with its plain text as the alternative, or a plain one, with its files
 * attached. Images given in the HTML as {@code data:} addresses are attached to the mail
 * and shown from there, since many mail clients show no {@code data:} image.
 */
final class HtmlMail {

	private static final Pattern DATA_IMAGE = Pattern.compile("src=\"data:(image/[a-z]+);base64,([A-Za-z0-9+/=]+)\"");

	private HtmlMail() {
	}

	static MimeMessage of(MimeMessage message, String[] to, String subject, String text, String html,
			List<GeneratedDocument> files) {
		try {
			MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
			mail.setTo(to);
			mail.setSubject(subject);
			for (GeneratedDocument file : files) {
				mail.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
			}
			if (html == null) {
				mail.setText(text);
				return message;
			}
			Matcher image = DATA_IMAGE.matcher(html);
			StringBuilder body = new StringBuilder();
			int count = 0;
			while (image.find()) {
				count++;
				image.appendReplacement(body, "src=\"cid:image" + count + "\"");
			}
			image.appendTail(body);
			mail.setText(text, body.toString());
			image.reset();
			for (int i = 1; image.find(); i++) {
				mail.addInline("image" + i, new ByteArrayResource(Base64.getDecoder().decode(image.group(2))),
						image.group(1));
			}
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

}
