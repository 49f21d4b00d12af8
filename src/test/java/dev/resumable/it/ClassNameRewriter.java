package dev.resumable.it;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.regex.Pattern;

/**
 * Rewrites every class name in a stored state to another, at the wire level: each
 * length-delimited field that holds a qualified class name (alone, or before a method key's
 * {@code #}) gets the new name, and each that holds a nested message is rewritten in turn. So it
 * reaches every field that names a type — wait types, inbox types and supertypes, method keys,
 * failures and their stacks, exceptions inside values — whatever the schema calls them.
 */
final class ClassNameRewriter {

  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+(#.*)?", Pattern.DOTALL);

  private final String replacement;
  private final boolean methodKeysToo;
  int rewritten;

  /**
   * {@code methodKeysToo} false leaves method keys alone, so that the instance is still one this
   * build can run and the calls reach the fields that name types.
   */
  ClassNameRewriter(String replacement, boolean methodKeysToo) {
    this.replacement = replacement;
    this.methodKeysToo = methodKeysToo;
  }

  byte[] rewrite(byte[] state) throws InvalidProtocolBufferException {
    return rewrite(UnknownFieldSet.parseFrom(state)).toByteArray();
  }

  private UnknownFieldSet rewrite(UnknownFieldSet message) {
    UnknownFieldSet.Builder out = UnknownFieldSet.newBuilder();
    message.asMap().forEach((number, field) -> {
      UnknownFieldSet.Field.Builder copy = UnknownFieldSet.Field.newBuilder();
      field.getVarintList().forEach(copy::addVarint);
      field.getFixed32List().forEach(copy::addFixed32);
      field.getFixed64List().forEach(copy::addFixed64);
      field.getGroupList().forEach(copy::addGroup);
      for (ByteString bytes : field.getLengthDelimitedList()) {
        copy.addLengthDelimited(rewrite(bytes));
      }
      out.addField(number, copy.build());
    });
    return out.build();
  }

  private ByteString rewrite(ByteString bytes) {
    String text = bytes.isValidUtf8() ? bytes.toStringUtf8() : null;
    if (text != null && CLASS_NAME.matcher(text).matches()
        && (methodKeysToo || !text.contains("#"))) {
      rewritten++;
      int hash = text.indexOf('#');
      return ByteString.copyFromUtf8(replacement + (hash < 0 ? "" : text.substring(hash)));
    }
    try {
      UnknownFieldSet nested = UnknownFieldSet.parseFrom(bytes);
      // Only what reads back as the same bytes is a message; anything else is opaque text.
      if (!nested.asMap().isEmpty() && nested.toByteString().equals(bytes)) {
        return rewrite(nested).toByteString();
      }
    } catch (InvalidProtocolBufferException e) {
      // not a message
    }
    return bytes;
  }
}
