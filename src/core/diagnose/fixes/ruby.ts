/** The fixes in Ruby (openssl, net/http). */
import { fixTable } from './fixTemplates.ts';

export const RUBY_FIXES = fixTable({
  secret: "api_secret = ENV.fetch('COEXT_API_SECRET').strip # the sk_ secret alone: no newline, not the pk_ API key",
  hash: "secret_hash = OpenSSL::Digest::SHA256.hexdigest(api_secret) # 64 lowercase hex characters (not .digest), once\nsignature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, payload) # keyed with that hex text",
  hmac: "# OpenSSL::HMAC.hexdigest(digest, key, message): the secret hash's hex text, then \"<timestamp>.<body>\"\nsignature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, payload)",
  timestamp: "timestamp = Time.now.to_i.to_s # seconds, read once\nsignature = sign(\"#{timestamp}.#{body}\")\nheaders['X-Timestamp'] = timestamp # the same value",
  payload: 'payload = "#{timestamp}.#{body}" # the timestamp, a dot, then the body as sent',
  send: "body = JSON.generate(payload) # serialize once\nsignature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, \"#{timestamp}.#{body}\") # sign this string\nhttp.send_request('POST', uri.request_uri, body, headers) # and send it, not payload.to_json again",
  empty: "signature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, \"#{timestamp}.\") # a body-less request signs \"<timestamp>.\" (or \"<timestamp>.{}\")\nhttp.send_request('GET', uri.request_uri, nil, headers) # and sends no body",
  hex: "signature = OpenSSL::HMAC.hexdigest('SHA256', secret_hash, payload) # 64 lowercase hex characters, sent alone",
});
