/** The fixes in Java 17+ (MessageDigest, javax.crypto.Mac, HexFormat, java.net.http). */
import { fixTable } from './fixTemplates.ts';

export const JAVA_FIXES = fixTable({
  secret: 'String apiSecret = System.getenv("COEXT_API_SECRET").strip(); // the sk_ secret alone: no newline, not the pk_ API key',
  hash: 'byte[] hash = MessageDigest.getInstance("SHA-256").digest(apiSecret.getBytes(StandardCharsets.UTF_8));\nString secretHash = HexFormat.of().formatHex(hash); // 64 lowercase hex characters, once\nmac.init(new SecretKeySpec(secretHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256")); // keyed with that hex text',
  hmac: 'Mac mac = Mac.getInstance("HmacSHA256"); // key: the secret hash\'s hex text, message: "<timestamp>.<body>"\nmac.init(new SecretKeySpec(secretHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));\nString signature = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));',
  timestamp: 'String timestamp = Long.toString(System.currentTimeMillis() / 1000); // seconds, read once\nString signature = sign(timestamp + "." + body);\nbuilder.header("X-Timestamp", timestamp); // the same value',
  payload: 'String payload = timestamp + "." + body; // the timestamp, a dot, then the body as sent',
  send: 'String body = mapper.writeValueAsString(payload); // serialize once\nString signature = sign(timestamp + "." + body);    // sign this string\nbuilder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)); // and send it',
  empty: 'String signature = sign(timestamp + "."); // a body-less request signs "<timestamp>." (or "<timestamp>.{}")\nbuilder.GET(); // and sends no body',
  hex: 'String signature = HexFormat.of().formatHex(mac.doFinal(message)); // 64 lowercase hex characters, sent alone',
});
