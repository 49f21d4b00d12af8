package dev.resumable.codec;

import com.google.protobuf.ByteString;

/**
 * Java strings that UTF-8 cannot hold. A {@code String} may contain a surrogate without its
 * pair; protobuf writes such a string as UTF-8 with a {@code ?} in its place, so it would come
 * back different after a wait. Those strings are stored as their UTF-16 code units instead.
 */
final class Utf16Text {

  private Utf16Text() {}

  static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code units, two bytes each, big-endian. Written by hand because the JDK's UTF-16
   * charset replaces an unpaired surrogate too.
   */
  static ByteString toUtf16(String s) {
    byte[] bytes = new byte[s.length() * 2];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      bytes[2 * i] = (byte) (c >>> 8);
      bytes[2 * i + 1] = (byte) c;
    }
    return ByteString.copyFrom(bytes);
  }

  static String fromUtf16(ByteString units) {
    if (units.size() % 2 != 0) {
      throw new CodecException("stored UTF-16 text has an odd number of bytes (" + units.size()
          + ")");
    }
    char[] chars = new char[units.size() / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (((units.byteAt(2 * i) & 0xff) << 8) | (units.byteAt(2 * i + 1) & 0xff));
    }
    return new String(chars);
  }
}
