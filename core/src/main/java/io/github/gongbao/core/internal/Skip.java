package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.SkipReason;

/** A number found but passed over, with the reason. */
record Skip(int start, int end, SkipReason reason) {}
